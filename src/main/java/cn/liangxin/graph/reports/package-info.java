/**
 * Reports out as spreadsheets: coverage, gaps and joint-branch proposals as .xlsx (SXSSF)
 * and .csv (UTF-8 with BOM), and the whole ledger as a zip of import-format CSV files.
 * Every figure comes from the analytics services
 * ({@link cn.liangxin.graph.coverage.CoverageAnalytics},
 * {@link cn.liangxin.graph.jointbranch.JointBranchPlanner}); nothing is computed here.
 * Every download passes through {@link cn.liangxin.graph.reports.ExportAudit#exported}.
 */
@NullMarked
package cn.liangxin.graph.reports;

import org.jspecify.annotations.NullMarked;
