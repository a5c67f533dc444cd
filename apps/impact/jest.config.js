module.exports = { ...require('../../jest.preset'), displayName: 'impact', rootDir: __dirname };
