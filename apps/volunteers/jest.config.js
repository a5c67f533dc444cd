module.exports = { ...require('../../jest.preset'), displayName: 'volunteers', rootDir: __dirname };
