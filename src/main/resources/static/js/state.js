// What the views share: the scope, cluster colours, joint-branch groups, and a small event bus
// (scope, asOf, language, clusters, joint, officers, select, user, imported) so modules never call each other directly.

export const state = {
  /** { areaCode } | { parkId } | null */
  scope: null,
  /** the scope's area ({ code, name, level }) or park ({ id, name }) */
  scopeInfo: null,
  /** the logged-in user ({ username, role, area }) once `me` has answered */
  user: null,
  /**
   * ?asOf=yyyy-MM-dd (the period picker): the date of the history coverage, gaps and the coverage
   * map answer at, and the date gaps and age bands are judged at; null for the latest state, today in China
   */
  asOf: null,
  clusterOf: new Map(), // organization id -> cluster id
  clusterLabel: new Map(), // cluster id -> label
  clusterColour: new Map(), // cluster id -> colour, shared by the map and the clusters panel
  jointUnits: new Map(), // organization id -> group index
  highlightedGroup: null,
  /** proposed officer assignments to draw: { officer, organization, from: {lat, lon}, to: {lat, lon} } */
  officerLines: [],
};

const CLUSTER_PALETTE = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452',
  '#9a60b4', '#ea7ccc', '#1f77b4', '#8c564b', '#17becf', '#bcbd22', '#7f7f7f', '#e377c2', '#2f4554'];

export function clusterColour(id) {
  if (!state.clusterColour.has(id)) {
    state.clusterColour.set(id, CLUSTER_PALETTE[state.clusterColour.size % CLUSTER_PALETTE.length]);
  }
  return state.clusterColour.get(id);
}

const listeners = new Map();

export function on(event, fn) {
  if (!listeners.has(event)) listeners.set(event, []);
  listeners.get(event).push(fn);
}

export function emit(event, payload) {
  for (const fn of listeners.get(event) ?? []) fn(payload);
}

/** The scope as the GraphQL `Scope` input. */
export function scopeInput(scope = state.scope) {
  return scope?.parkId != null ? { parkId: scope.parkId } : { areaCode: scope.areaCode };
}
