/**
 * The shared vocabulary of the domain (docs/domain.md): enums that ledgers may spell in
 * English or Chinese, GB/T 4754-2017 industry codes, and WGS-84 points with conversion
 * and distance. Pure Java: no Spring, no database.
 */
package cn.liangxin.graph.domain;
