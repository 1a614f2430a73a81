import ArgumentParser
import Foundation
import ISRKit

/// Parses `--target x86,arm` / `--target all` into catalog targets.
func selectTargets(_ spec: String) throws -> [Target] {
  if spec == "all" { return TargetCatalog.all }
  return try spec.split(separator: ",").map { raw in
    let id = raw.trimmingCharacters(in: .whitespaces)
    guard let target = TargetCatalog.target(id: id) else {
      throw ValidationError("unknown target '\(id)'; known: \(TargetCatalog.ids.joined(separator: ", "))")
    }
    return target
  }
}

/// The targets of `spec` on the core `cpu` (`--cpu cortex-m0plus`, `--cpu atmega2560`,
/// `--cpu cortex-m4`): each target is replaced by the variant of its architecture whose id,
/// or whose `-mcpu=`/`-mmcu=`/`-march=` flag, is `cpu`.
func selectTargets(_ spec: String, cpu: String?) throws -> [Target] {
  let chosen = try selectTargets(spec)
  guard let cpu else { return chosen }
  let wanted = cpu.lowercased()
  func core(_ target: Target) -> String {
    target.flags.lazy.compactMap { flag in
      ["-mcpu=", "-mmcu=", "-march="].first { flag.hasPrefix($0) }.map { String(flag.dropFirst($0.count)) }
    }.first ?? target.name
  }
  var out: [Target] = []
  for target in chosen {
    let family = TargetCatalog.all.filter { $0.architecture == target.architecture && $0.wordBytes == target.wordBytes }
    guard let variant = family.first(where: { $0.name == wanted || core($0) == wanted }) else {
      if spec == "all" { continue }
      throw ValidationError("no CPU '\(cpu)' for \(target.name); its cores: \(family.map { "\($0.name) (\(core($0)))" }.joined(separator: ", "))")
    }
    if !out.contains(where: { $0.id == variant.id }) { out.append(variant) }
  }
  guard !out.isEmpty else { throw ValidationError("no target has a CPU '\(cpu)'") }
  return out
}

/// Reads a source file, with a message that names the file and says what is wrong (not a
/// Foundation error code).
func readSource(_ path: String) throws -> String {
  let shown = terminalSafe(path)
  var isDirectory: ObjCBool = false
  guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
    throw ValidationError("cannot read \(shown): no such file")
  }
  if isDirectory.boolValue {
    throw ValidationError("cannot read \(shown): it is a directory; give a C or Rust source file")
  }
  guard let data = FileManager.default.contents(atPath: path) else {
    throw ValidationError("cannot read \(shown): \(FileManager.default.isReadableFile(atPath: path) ? "read error" : "permission denied")")
  }
  guard let text = String(data: data, encoding: .utf8) else {
    throw ValidationError("cannot read \(shown): it is not valid UTF-8 text")
  }
  return text
}

/// Writes to standard error.
func printError(_ text: String) {
  FileHandle.standardError.write(Data((terminalSafe(text) + "\n").utf8))
}

/// The source language for `file`: `--lang` when given (c or rust), else from the extension.
func sourceLanguage(file: String?, lang: String?) throws -> SourceLanguage {
  if let lang {
    guard let language = SourceLanguage(rawValue: lang.lowercased()) else {
      throw ValidationError("unknown language '\(lang)'; use c or rust")
    }
    return language
  }
  return file.map(SourceLanguage.forFile) ?? .c
}
