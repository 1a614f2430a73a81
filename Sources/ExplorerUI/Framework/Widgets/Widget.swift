/// Something that draws itself into an area of a `CellGrid`.
///
/// Widgets are values built fresh for every frame. They never talk to the terminal and never
/// name a colour: they resolve `StyleRole`s through the theme they are given.
public protocol Widget {
  /// Draws the widget into `area` of `grid` (clipped to it), using `theme` for styles.
  func render(in area: Rect, into grid: inout CellGrid, theme: Theme)
}
