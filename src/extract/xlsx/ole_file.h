// An OLE compound file handed to the workbook reader is either an old binary
// .xls or a password-protected .xlsx (Excel encrypts the whole package and
// wraps it in a compound file holding an "EncryptedPackage" stream): neither
// can be read, and each needs its own advice.
#pragma once

#include "extract/byte_source.h"

#include <string>

namespace kpi::extract::xlsx {

// The InputError message for the compound file: "<name>: ...".
std::string ole_problem(const ByteSource& source, const std::string& name);

}  // namespace kpi::extract::xlsx
