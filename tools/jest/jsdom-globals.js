// jsdom lacks what React Router 7 needs from the platform (TextEncoder/TextDecoder);
// Node has them, so the component tests borrow Node's.
const { TextDecoder, TextEncoder } = require('node:util');

Object.assign(globalThis, { TextDecoder, TextEncoder });
