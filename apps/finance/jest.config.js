module.exports = { ...require('../../jest.preset'), displayName: 'finance', rootDir: __dirname };
