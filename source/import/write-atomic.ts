/*
The importer writes datasets with the shared atomic writer (source/io): one
writer for every file council replaces, so symlinks, modes, read-only files and
clean-up behave alike everywhere.
*/
export {writeFileAtomic, WriteRefused, type AtomicWriteOptions, type AtomicWriteResult} from '../io/atomic-write.js';
