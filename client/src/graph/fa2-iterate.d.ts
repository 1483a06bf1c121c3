// Types for the one file of graphology-layout-forceatlas2 the layout uses: a single ForceAtlas2 iteration over
// flat node (10 floats a node) and edge (3 floats a link) matrices, updated in place.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  export default function iterate(settings: Record<string, number | boolean>, nodes: Float32Array, edges: Float32Array): void;
}
