import ISRKit

extension AppUpdate {
  /// The overview's actions: open/close, sort, filter, move, choose.
  ///
  /// Opening it requests no compile: every edit (and the start) already asks for every
  /// available target (`AppState.compileOrder`: the visible ones first, then the rest), and
  /// `CompileService` lists *and* costs them all (the hidden ones in a second wave), so the
  /// overview's rows fill in as those reports arrive. Only the order is by visibility.
  static func updateOverview(_ state: inout AppState, _ action: Action) {
    switch action {
    case .toggleOverview:
      if state.overview == nil {
        state.overview = OverviewState(cursor: state.selected)
        state.showsBreakdown = false
        state.helpScroll = 0
      } else {
        state.overview = nil
      }
    case .overviewSort(let step):
      guard var overview = state.overview else { return }
      let all = OverviewState.Column.allCases
      let i = all.firstIndex(of: overview.sort) ?? 0
      overview.sort = all[((i + step) % all.count + all.count) % all.count]
      // Figures read best largest first; names and conventions alphabetically / tab order.
      overview.descending = overview.sort != .target && overview.sort != .convention
      state.overview = overview
      state.status = "sorted by \(overview.sort.name)"
    case .overviewReverse:
      state.overview?.descending.toggle()
    case .overviewFilter:
      guard state.overview != nil else { return }
      state.overview?.onlyWithConvention.toggle()
      state.status = state.overview?.onlyWithConvention == true
        ? "only targets with a compiler convention (f: all)" : "all targets"
      keepOverviewCursor(&state)
    case .overviewMove(let delta):
      let rows = state.overviewRows
      guard let row = state.overviewCursorRow else { return }
      let index = rows[max(0, min(rows.count - 1, row + delta))].index
      state.overview?.cursor = index
    case .overviewChoose:
      guard let row = state.overviewCursorRow else { return }
      let index = state.overviewRows[row].index
      guard state.isAvailable(index) else {
        state.status = "\(state.targets[index].target.name): \(state.missing(index) ?? "unavailable")"
        return
      }
      state.overview = nil
      select(&state, index)
    default:
      return
    }
  }

  /// Puts the cursor on a shown row when its target was filtered out.
  static func keepOverviewCursor(_ state: inout AppState) {
    guard let row = state.overviewCursorRow else { return }
    let index = state.overviewRows[row].index
    state.overview?.cursor = index
  }
}
