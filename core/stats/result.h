#pragma once

#include <string>
#include <utility>
#include <variant>

namespace eb::stats {

// Why a computation was refused: the input field it concerns (as the caller named it, e.g.
// "mw", "ci_low", "vi", "row 3") and a one-line English message. Callers show both; the CLI
// prints them on one line and exits 2.
struct Error
{
    std::string field;
    std::string message;
};

// A value or the reason there is none. std::expected is C++23 (not in g++ 12), hence this
// small stand-in. Every function in eb::stats that can be handed invalid input returns one,
// so that NaN or infinity never leaves the library silently.
template <class T> class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Only valid when ok().
    const T &value() const { return std::get<0>(m_data); }
    T &value() { return std::get<0>(m_data); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }

    // Only valid when !ok().
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

inline Error makeError(std::string field, std::string message)
{
    return Error{std::move(field), std::move(message)};
}

} // namespace eb::stats
