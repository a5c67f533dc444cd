module.exports = { ...require('../../jest.preset'), displayName: 'messages', rootDir: __dirname };
