import { closeDatabases } from './databases';

afterAll(closeDatabases);
