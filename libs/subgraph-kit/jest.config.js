module.exports = { ...require('../../jest.preset'), displayName: 'subgraph-kit', rootDir: __dirname };
