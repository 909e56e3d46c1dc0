#pragma once

// Placeholder: the catalogue API is written by the catalogue work.
namespace eb::catalogue {
} // namespace eb::catalogue
