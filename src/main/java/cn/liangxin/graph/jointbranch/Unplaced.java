package cn.liangxin.graph.jointbranch;

/**
 * An eligible unit the plan leaves out.
 *
 * @param unit the unit
 * @param reason why
 * @param text the reason in Chinese and English
 */
public record Unplaced(Unit unit, UnplacedReason reason, String text) {
}
