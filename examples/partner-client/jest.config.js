module.exports = { ...require('../../jest.preset'), displayName: 'partner-client', rootDir: __dirname };
