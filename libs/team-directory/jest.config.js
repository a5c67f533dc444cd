module.exports = { ...require('../../jest.preset'), displayName: 'team-directory', rootDir: __dirname };
