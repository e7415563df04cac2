import type {Plugin} from 'esbuild';

export const schemaDataModules: string[];
export function evaluateDataModule(file: string): Promise<{exports: Record<string, unknown>; inputs: string[]}>;
export function dataModuleSource(exports: Record<string, unknown>): string;
export function schemaAsData(root: string): Plugin;
