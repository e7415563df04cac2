import type {Plugin} from 'esbuild';

export function bundlePlugins(root: string): Plugin[];
export function bundleAlias(root: string): Record<string, string>;
export const lazyGraphemeFiles: RegExp;
export const lazyGraphemeConstructions: ReadonlyArray<readonly [line: string, name: string]>;
