// Stands in for @types/node in shared/tsconfig.json (its typeRoots point here). The typings of docx and
// jszip say `/// <reference types="node" />`; found here, that reference brings in nothing, so Node's
// globals (Buffer, process, require...) stay out of shared/. skipLibCheck hides what those typings then
// miss, which is only their Node-side overloads.
export {};
