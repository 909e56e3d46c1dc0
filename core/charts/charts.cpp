#include "charts/charts.h"
