export interface CruisedModule {
  source: string;
  dependencies: { resolved: string; couldNotResolve: boolean; dependencyTypes: string[] }[];
}
export type FolderGraph = Map<string, Map<string, string[]>>;
export function folderGraph(modules: CruisedModule[]): FolderGraph;
export function folderKnots(edges: FolderGraph): string[][];
export function describeKnots(knots: string[][], edges: FolderGraph): string[];
