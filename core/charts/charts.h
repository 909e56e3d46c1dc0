#pragma once

// Placeholder: the charts API is written by the charts work.
namespace eb::charts {
} // namespace eb::charts
