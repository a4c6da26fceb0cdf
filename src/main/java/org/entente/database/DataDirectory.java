package org.entente.database;

import java.nio.file.Path;

/**
 * Where this installation keeps what must survive a restart: the embedded database and the files written
 * for the operator. Set by {@code ENTENTE_DATA_DIR}; {@code ./data} by default.
 */
public record DataDirectory(Path path) {

  public DataDirectory {
    path = path.toAbsolutePath().normalize();
  }

  public Path resolve(String name) {
    return path.resolve(name);
  }
}
