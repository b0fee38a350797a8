import type { Plugin } from 'vite';

export function routeModules(routesSource: string): { path: string; module: string }[];
export function routePreloads(bundle: Record<string, unknown>, modules: Record<string, string>): Record<string, string[]>;
export function preloadScript(table: Record<string, string[]>): string;
export function routePreload(): Plugin;
