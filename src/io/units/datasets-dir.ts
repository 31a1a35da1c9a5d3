import { fileURLToPath } from 'node:url';

/** The reference datasets shipped with the repository (see each folder's SOURCE.md). */
export const DEFAULT_DATASETS_DIR = fileURLToPath(new URL('../../../datasets/vn/', import.meta.url));
