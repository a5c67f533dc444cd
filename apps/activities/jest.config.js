module.exports = { ...require('../../jest.preset'), displayName: 'activities', rootDir: __dirname };
