/**
 * Member profiles (党员结构): how many party members and people in the recruitment pipeline
 * an organization, a party organization or a scope has, by stage, age band, education and
 * mobility. Counts only: members are pseudonymous and never listed.
 */
@NullMarked
package cn.liangxin.graph.profile;

import org.jspecify.annotations.NullMarked;
