#!/usr/bin/env node
// Issue 11, point 1, checked with graphql-js itself (what GraphiQL and most schema tools use).
//
//   npm install --prefix /tmp/gqljs graphql@16; export NODE_PATH=/tmp/gqljs/node_modules  (once)
//   node bench/introspect.mjs query           prints the full introspection query: the
//                                             fixture tests/fixtures/graphql-js-introspection.graphql
//   node bench/introspect.mjs compare URL     sends it to URL (e.g. http://127.0.0.1:8080/graphql),
//                                             rebuilds the schema with buildClientSchema and
//                                             compares it with schema.graphql; exit 1 on a difference
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const {
  getIntrospectionQuery, buildClientSchema, buildSchema, printSchema, lexicographicSortSchema,
  GraphQLSchema, version,
} = require("graphql");

const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});

const [command, url] = process.argv.slice(2);
if (command === "query") {
  process.stdout.write(query);
} else if (command === "compare" && url) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  if (body.errors) {
    console.error(`graphql-js ${version}: the introspection query was refused:`, body.errors);
    process.exit(1);
  }
  // async-graphql answers every schema's description with the same sentence, and lists only
  // the types reachable from the roots (schema.graphql also publishes ErrorCode).
  body.data.__schema.description = null;
  const live = printSchema(lexicographicSortSchema(buildClientSchema(body.data)));
  const sdl = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");
  const config = buildSchema(sdl).toConfig();
  const reachable = new GraphQLSchema({
    ...config,
    types: config.types.filter((t) => t.name !== "ErrorCode"),
  });
  const published = printSchema(lexicographicSortSchema(reachable));
  if (live.trim() === published.trim()) {
    console.log(`graphql-js ${version}: the live schema is schema.graphql (ErrorCode aside)`);
  } else {
    const a = live.split("\n"), b = published.split("\n");
    const i = a.findIndex((line, n) => line !== b[n]);
    console.error(`differs at line ${i + 1}:\n  live:      ${a[i]}\n  published: ${b[i]}`);
    process.exit(1);
  }
} else {
  console.error("usage: introspect.mjs query | compare URL");
  process.exit(2);
}
