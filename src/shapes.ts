/**
 * One function of d3-shape, for the loader to ask for the `d3` chunk (d3-shape and d3-path) together with a chart's
 * own chunk, instead of after it has arrived. `symbol` is in that chunk already (the matrix draws its points with
 * it), so asking for it adds nothing to the chunk.
 */
export { symbol } from 'd3-shape';
