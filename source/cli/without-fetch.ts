/*
Ink's layout engine, yoga-layout, is WebAssembly inlined as a data: URL, and its
Emscripten loader fetches that URL whenever `fetch` is a function. On Node 20
merely touching the global `fetch` loads undici, and fetching the data: URL goes
through its streams: 70-80 ms of a 350 ms start (CPU profile of the first frame).
With `fetch` hidden, the loader decodes the same bytes synchronously instead.
The global is hidden only while the module graph that holds yoga loads, and put
back exactly as it was (a lazy getter: reading the descriptor does not trigger it).
*/
export async function importWithoutFetch<T>(load: () => Promise<T>): Promise<T> {
	const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (descriptor?.configurable !== true) {
		return load();
	}

	Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});
	try {
		return await load();
	} finally {
		Object.defineProperty(globalThis, 'fetch', descriptor);
	}
}
