// swift-tools-version: 6.0
import PackageDescription

// Import graph (one way only):
//   isrx ──► ExplorerTerminal ──► ExplorerUI ──► ISRKit
//                    └──► CNcurses
//   isrx ──► ISREmulator ──► ISRKit, CUnicorn (libunicorn), CSimAVR (libsimavr), mspdebug
//            (ISRKit never imports an emulator)
// ISRKit and ExplorerUI contain no terminal code; only ExplorerTerminal touches curses.
let package = Package(
  name: "isrx",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "isrx", targets: ["isrx"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
  ],
  targets: [
    .target(
      name: "ISRKit",
      dependencies: ["CSpawn"],
      resources: [.copy("Resources")]
    ),
    // fork + setrlimit + exec for tool runs (posix_spawn cannot set resource limits).
    .target(name: "CSpawn"),
    .target(
      name: "CNcurses",
      linkerSettings: [.linkedLibrary("ncursesw"), .linkedLibrary("tinfo")]
    ),
    .target(
      name: "ExplorerUI",
      dependencies: ["ISRKit", "ISREmulator", .product(name: "TOMLKit", package: "TOMLKit")]
    ),
    .target(
      name: "ExplorerTerminal",
      dependencies: ["ExplorerUI", "CNcurses"]
    ),
    .systemLibrary(
      name: "CUnicorn",
      pkgConfig: "unicorn",
      providers: [.apt(["libunicorn-dev"])]
    ),
    // simavr (libsimavr-dev): AVR measured where Unicorn has no AVR.
    .target(name: "CSimAVR", linkerSettings: [.linkedLibrary("simavr")]),
    .target(
      name: "ISREmulator",
      dependencies: ["ISRKit", "CUnicorn", "CSimAVR"]
    ),
    .executableTarget(
      name: "isrx",
      dependencies: [
        "ISRKit", "ExplorerUI", "ExplorerTerminal", "ISREmulator",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // One deterministic generator for every fuzz and random-edit test.
    .target(name: "FuzzSupport", path: "Tests/FuzzSupport"),
    .testTarget(
      name: "ISRKitTests",
      dependencies: ["ISRKit", "FuzzSupport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "ExplorerUITests", dependencies: ["ExplorerUI", "ISRKit", "FuzzSupport"]),
    .testTarget(name: "EndToEndTests", dependencies: ["ISRKit"]),
    .testTarget(name: "ExplorerTerminalTests", dependencies: ["ExplorerTerminal", "ExplorerUI", "CNcurses"]),
    .testTarget(name: "ISREmulatorTests", dependencies: ["ISREmulator", "ISRKit", "FuzzSupport"]),
  ]
)
