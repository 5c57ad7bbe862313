//! Root fields whose resolvers the bundled server does not implement yet. They are part of the
//! contract (so the schema, documents and CLI are complete) and answer a clear SRV_001 error.
//! Each moves to its noun's module when implemented.
