import type {Plugin} from 'esbuild';

export const catalogueModule: RegExp;
export function evaluateCatalogueModule(file: string, i18n: string): Promise<{exports: Record<string, unknown>; inputs: string[]}>;
export function catalogueModuleSource(exports: Record<string, unknown>): string;
export function catalogueAsData(root: string): Plugin;
export function dataProblems(value: unknown, where: string): string[];
