/**
 * Synthetic ledger bundles for demos and load tests:
 * {@link cn.liangxin.graph.demo.CityGenerator} writes a deterministic city (areas, parks,
 * buildings, organizations, party organizations, members, officers, ties) in the import
 * format of docs/ledger-format.md, and {@link cn.liangxin.graph.demo.GenerateBundle} runs
 * it from the command line. Pure Java: no Spring, no Neo4j, so the bundle goes through
 * the same importer as a planner's ledger.
 */
package cn.liangxin.graph.demo;
