export { SUPERGRAPH_PATH, SUBGRAPHS, composeSupergraph } from './compose';
