#pragma once

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/policies/policy.hpp>

// The distributions every statistic in core/stats uses. Boost.Math throws by default on a
// domain error or an overflow (e.g. a chi-squared cdf at an infinite Q), which would end the
// program on extreme but finite input. With this policy a bad argument gives NaN or inf
// instead, and the callers already refuse any result that is not finite with a clear Error.
namespace eb::stats::detail {

using NoThrowPolicy = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::ignore_error>,
    boost::math::policies::pole_error<boost::math::policies::ignore_error>,
    boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::underflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::denorm_error<boost::math::policies::ignore_error>,
    boost::math::policies::evaluation_error<boost::math::policies::ignore_error>,
    boost::math::policies::rounding_error<boost::math::policies::ignore_error>,
    boost::math::policies::indeterminate_result_error<boost::math::policies::ignore_error>>;

using Normal = boost::math::normal_distribution<double, NoThrowPolicy>;
using StudentsT = boost::math::students_t_distribution<double, NoThrowPolicy>;
using ChiSquared = boost::math::chi_squared_distribution<double, NoThrowPolicy>;

} // namespace eb::stats::detail
