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

/// Reads a source file, with a message that names the file on failure.
func readSource(_ path: String) throws -> String {
  var isDirectory: ObjCBool = false
  if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
    throw ValidationError("cannot read \(terminalSafe(path)): it is a directory; give a C or Rust source file")
  }
  do { return try String(contentsOfFile: path, encoding: .utf8) } catch {
    throw ValidationError("cannot read \(path): \(error.localizedDescription)")
  }
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
