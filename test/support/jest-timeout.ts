// Integration tests start a whole site (and often the Forge host); on a loaded 2-core machine a
// hook can take more than Jest's 5 s default. Tests that need more set their own timeout.
jest.setTimeout(30_000);
