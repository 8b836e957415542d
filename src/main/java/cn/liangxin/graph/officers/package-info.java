/**
 * The guidance-officer assignment planner (党建指导员): which officer should take which
 * organization that party work does not reach yet.
 * {@link cn.liangxin.graph.officers.OfficerAssignment} is the pure algorithm (an exact
 * min-cost flow, no database);
 * {@link cn.liangxin.graph.officers.OfficerAssignmentPlanner} reads its input from the
 * graph (scoped) and adds the coverage before and after. Nothing is written.
 */
@NullMarked
package cn.liangxin.graph.officers;

import org.jspecify.annotations.NullMarked;
