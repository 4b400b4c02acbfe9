export { findBeta } from './beta.service';
