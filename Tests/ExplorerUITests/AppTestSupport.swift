import ExplorerUI
import ISRKit

/// A state over every catalog target, all available, holding `text`.
func makeState(
  _ text: String = "ISR(timer) {\n  ticks++;\n}\n", size: Size = Size(width: 160, height: 48)
) -> AppState {
  var state = AppState(
    text: text, filePath: nil, targets: TargetCatalog.all.map { TargetInfo(target: $0) })
  state.size = size
  return state
}

/// Feeds `keys` through the key map and `update`, returning every effect.
@discardableResult
func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
  var effects: [Effect] = []
  for key in keys {
    if let action = AppKeyMap.action(for: key, in: state) {
      effects += AppUpdate.update(&state, action)
    }
  }
  return effects
}

/// The keys that type `text`.
func typing(_ text: String) -> [Key] { text.map { Key.char($0) } }
