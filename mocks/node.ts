import { setupServer } from 'msw/node';
import { createHandlers, TEST_API_BASE_URL } from './handlers';

export const server = setupServer(...createHandlers(TEST_API_BASE_URL));
