module.exports = { ...require('../../jest.preset'), displayName: 'teams', rootDir: __dirname };
