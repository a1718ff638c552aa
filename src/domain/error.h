#pragma once
// Errors of the domain and service layers.
// Style: domain rules and services return std::expected<T, Error>; nothing here throws.

#include <QString>

#include <expected>

namespace ardesk {

enum class ErrorCode {
    InvalidArgument,   // bad input from a user or a file
    NotFound,          // a named record does not exist
    Conflict,          // duplicate or would break a ledger rule
    PermissionDenied,  // the acting user's role may not do this
    AuthenticationFailed,
    Storage,           // the book could not be read or written
    Cancelled,
    Unsupported,
};

struct Error final {
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;

    static Error invalid(QString message) { return {ErrorCode::InvalidArgument, std::move(message)}; }
    static Error notFound(QString message) { return {ErrorCode::NotFound, std::move(message)}; }
    static Error conflict(QString message) { return {ErrorCode::Conflict, std::move(message)}; }
    static Error denied(QString message) { return {ErrorCode::PermissionDenied, std::move(message)}; }
    static Error storage(QString message) { return {ErrorCode::Storage, std::move(message)}; }
};

template <typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

} // namespace ardesk
