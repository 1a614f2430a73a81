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
