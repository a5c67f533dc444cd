require('./tools/register-ts');
module.exports = () => require('./libs/testing/src/test-server').startTestServer();
