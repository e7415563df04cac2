import type {Plugin} from 'esbuild';

export function bundlePlugins(root: string): Plugin[];
export function bundleAlias(root: string): Record<string, string>;
